package ai.iiagent.adapter.http.settings;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.settings.SettingsValidationException;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.settings.DeleteSkillCommand;
import ai.iiagent.port.in.settings.DeleteSkillUseCase;
import ai.iiagent.port.in.settings.GetSkillQuery;
import ai.iiagent.port.in.settings.GetSkillUseCase;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.in.settings.ToggleSkillCommand;
import ai.iiagent.port.in.settings.ToggleSkillUseCase;
import ai.iiagent.port.in.settings.UploadSkillCommand;
import ai.iiagent.port.in.settings.UploadSkillUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Built-in and uploaded skills, per-user enable/disable. */
@Path("/v1/user-settings/skills")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SkillsResource {

    public record SkillInfo(UUID id, String name, String description, String license, String source, boolean isBuiltin,
                            boolean isEnabled, int fileCount, long packageBytes, String skillMd, Instant createdAt,
                            Instant updatedAt) {
        static SkillInfo of(UserSkill view, boolean withContent) {
            Skill s = view.skill();
            return new SkillInfo(s.id().value(), s.name(), s.manifest().description(), s.manifest().license(),
                    s.source().code(), s.isBuiltin(), view.enabled(), s.fileCount(), s.packageBytes(),
                    withContent ? s.manifest().content() : null, s.createdAt(), s.updatedAt());
        }
    }

    public record SkillsResponse(List<SkillInfo> skills, long builtinCount, long customCount) {
    }

    public record ToggleRequest(Boolean isEnabled) {
    }

    private final CurrentIdentity caller;
    private final ListSkillsUseCase list;
    private final GetSkillUseCase get;
    private final UploadSkillUseCase upload;
    private final DeleteSkillUseCase delete;
    private final ToggleSkillUseCase toggle;

    public SkillsResource(CurrentIdentity caller, ListSkillsUseCase list, GetSkillUseCase get, UploadSkillUseCase upload,
                          DeleteSkillUseCase delete, ToggleSkillUseCase toggle) {
        this.caller = caller;
        this.list = list;
        this.get = get;
        this.upload = upload;
        this.delete = delete;
        this.toggle = toggle;
    }

    @GET
    @Operation(summary = "Skills as the caller sees them")
    public SkillsResponse list(@QueryParam("include_builtin") @DefaultValue("true") boolean includeBuiltin) {
        List<SkillInfo> skills = list.list(new ListSkillsQuery(caller.get(), includeBuiltin)).stream()
                .map(view -> SkillInfo.of(view, false)).toList();
        long builtins = skills.stream().filter(SkillInfo::isBuiltin).count();
        return new SkillsResponse(skills, builtins, skills.size() - builtins);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a skill package as a raw zip body")
    public Response uploadZip(byte[] body) {
        return created(upload.upload(new UploadSkillCommand(caller.get(), body == null ? new byte[0] : body)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a skill package as the multipart part 'file'")
    public Response uploadForm(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw new SettingsValidationException("invalid_skill_package", "send the zip as the multipart part 'file'");
        }
        try {
            return created(upload.upload(new UploadSkillCommand(caller.get(), Files.readAllBytes(file.uploadedFile()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part", e);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One skill, with its SKILL.md")
    public SkillInfo get(@PathParam("id") String id) {
        return SkillInfo.of(get.get(new GetSkillQuery(caller.get(), SettingIds.skill(id))), true);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your uploaded skills")
    public Response delete(@PathParam("id") String id) {
        delete.delete(new DeleteSkillCommand(caller.get(), SettingIds.skill(id)));
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{id}/toggle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable or disable a skill for yourself (built-ins too)")
    public SkillInfo toggle(@PathParam("id") String id, ToggleRequest body) {
        if (body == null || body.isEnabled() == null) {
            throw new SettingsValidationException("invalid_toggle", "send {\"is_enabled\": true|false}");
        }
        return SkillInfo.of(toggle.toggle(new ToggleSkillCommand(caller.get(), SettingIds.skill(id), body.isEnabled())), false);
    }

    private static Response created(UserSkill skill) {
        return Response.status(Response.Status.CREATED).entity(SkillInfo.of(skill, true)).build();
    }
}
