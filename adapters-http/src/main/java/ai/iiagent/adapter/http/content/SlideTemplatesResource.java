package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.SlidesWire.CreateTemplateRequest;
import ai.iiagent.adapter.http.content.SlidesWire.TemplatePageResponse;
import ai.iiagent.adapter.http.content.SlidesWire.TemplateResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.CreateSlideTemplateCommand;
import ai.iiagent.port.in.content.CreateSlideTemplateUseCase;
import ai.iiagent.port.in.content.GetSlideTemplateUseCase;
import ai.iiagent.port.in.content.ListSlideTemplatesQuery;
import ai.iiagent.port.in.content.ListSlideTemplatesUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The slide template catalogue: public to read, administrators add to it. */
@Path("/v1/slides/templates")
@Produces(MediaType.APPLICATION_JSON)
public class SlideTemplatesResource {

    private final ListSlideTemplatesUseCase list;
    private final GetSlideTemplateUseCase get;
    private final CreateSlideTemplateUseCase create;
    private final CurrentIdentity caller;

    public SlideTemplatesResource(ListSlideTemplatesUseCase list, GetSlideTemplateUseCase get,
                                  CreateSlideTemplateUseCase create, CurrentIdentity caller) {
        this.list = list;
        this.get = get;
        this.create = create;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A page of slide templates (page from 1, page_size 1..100, search in names)")
    public TemplatePageResponse list(@QueryParam("page") Integer page, @QueryParam("page_size") Integer pageSize,
                                     @QueryParam("search") String search) {
        return TemplatePageResponse.of(list.list(new ListSlideTemplatesQuery(page, pageSize, search)));
    }

    @GET
    @Path("/{template_id}")
    @Operation(summary = "One slide template")
    public TemplateResponse get(@PathParam("template_id") String templateId) {
        UUID id;
        try {
            id = UUID.fromString(templateId);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException(SlideErrors.SLIDE_TEMPLATE_NOT_FOUND, "slide template " + templateId + " not found");
        }
        return TemplateResponse.of(get.get(id));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a slide template (administrators)")
    public Response create(CreateTemplateRequest body) {
        if (body == null) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "send {slide_template_name, slide_content}");
        }
        return Response.status(201).entity(TemplateResponse.of(create.create(new CreateSlideTemplateCommand(caller.get(),
                body.slideTemplateName(), body.slideContent(), body.slideTemplateImages())))).build();
    }
}
