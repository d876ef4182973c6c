package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.MediaWire.TemplatePageResponse;
import ai.iiagent.adapter.http.content.MediaWire.TemplateResponse;
import ai.iiagent.adapter.http.content.MediaWire.ToolListResponse;
import ai.iiagent.adapter.http.content.MediaWire.ToolResponse;
import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.GetMediaTemplateUseCase;
import ai.iiagent.port.in.content.GetMediaToolUseCase;
import ai.iiagent.port.in.content.ListMediaTemplatesQuery;
import ai.iiagent.port.in.content.ListMediaTemplatesUseCase;
import ai.iiagent.port.in.content.ListMediaToolsUseCase;
import ai.iiagent.port.in.content.MediaTemplatePage;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public media catalogues: templates (seeded prompts) and mini-tools. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MediaCatalogueResource {

    private final ListMediaTemplatesUseCase templates;
    private final GetMediaTemplateUseCase template;
    private final ListMediaToolsUseCase tools;
    private final GetMediaToolUseCase tool;

    public MediaCatalogueResource(ListMediaTemplatesUseCase templates, GetMediaTemplateUseCase template,
                                  ListMediaToolsUseCase tools, GetMediaToolUseCase tool) {
        this.templates = templates;
        this.template = template;
        this.tools = tools;
        this.tool = tool;
    }

    @GET
    @Path("/media-templates")
    @Operation(summary = "The media templates gallery (page from 1, page_size 1..100, name contains, type image|video)")
    public TemplatePageResponse templates(@QueryParam("page") @DefaultValue("1") int page,
                                          @QueryParam("page_size") @DefaultValue("20") int pageSize,
                                          @QueryParam("name") String name, @QueryParam("type") String type) {
        MediaCategory category = type == null || type.isBlank() ? null : MediaCategory.ofCode(type).orElseThrow(() ->
                new ValidationException(MediaErrors.INVALID_MEDIA_TYPE, "type must be image, video or audio"));
        MediaTemplatePage found = templates.list(new ListMediaTemplatesQuery(page, pageSize, name, category));
        return new TemplatePageResponse(found.items().stream().map(TemplateResponse::of).toList(), found.total(),
                found.page(), found.pageSize(), (long) found.page() * found.pageSize() < found.total());
    }

    @GET
    @Path("/media-templates/{template_id}")
    @Operation(summary = "One media template")
    public TemplateResponse template(@PathParam("template_id") String id) {
        return TemplateResponse.of(template.get(id));
    }

    @GET
    @Path("/media-tools")
    @Operation(summary = "The media mini-tools, available or not")
    public ToolListResponse tools() {
        return new ToolListResponse(tools.list().stream().map(ToolResponse::of).toList());
    }

    @GET
    @Path("/media-tools/{tool_id}")
    @Operation(summary = "One media mini-tool")
    public ToolResponse tool(@PathParam("tool_id") String id) {
        return ToolResponse.of(tool.get(id));
    }
}
