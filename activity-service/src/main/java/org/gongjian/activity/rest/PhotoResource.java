package org.gongjian.activity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.PhotoService;
import org.gongjian.activity.service.PhotoUploads;
import org.gongjian.activity.service.PhotoView;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/activities/{id}/photos")
@Tag(name = "Photos", description = "Photos of an activity: JPEG, PNG or WebP, at most 10 MB each and 30 per activity")
public class PhotoResource {

    private static final Texts TEXTS = Texts.of("activity");

    private final PhotoService photos;

    PhotoResource(PhotoService photos) {
        this.photos = photos;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Upload a photo (multipart field 'file'); the type is read from the content, not the name",
            description = "With an Idempotency-Key header (1–255 visible ASCII characters, one per file), sending the same "
                    + "upload again stores nothing and answers the photo the first one stored (Idempotent-Replayed: true); "
                    + "the same key with another file is 422.")
    public Response upload(@PathParam("id") UUID id, @HeaderParam(PhotoUploads.HEADER) String idempotencyKey,
            @RestForm("file") FileUpload file) {
        String key = PhotoUploads.key(idempotencyKey);
        if (file == null) {
            throw ProblemException.invalid("file", TEXTS.message("photo.file-required"));
        }
        PhotoService.Stored stored = photos.upload(id, file.uploadedFile(), file.fileName(), key);
        PhotoView photo = stored.photo();
        Response.ResponseBuilder created = Response.created(URI.create("/api/activities/" + id + "/photos/" + photo.id()))
                .entity(ActivityMapper.photo(photo));
        return (stored.replayed() ? created.header("Idempotent-Replayed", "true") : created).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "The photos of an activity (metadata)")
    public List<PhotoResponse> list(@PathParam("id") UUID id) {
        return photos.list(id).stream().map(ActivityMapper::photo).toList();
    }

    @GET
    @Path("{photoId}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "Download a photo (streamed)")
    public Response download(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        PhotoView photo = photos.photo(id, photoId);
        StreamingOutput body = out -> photos.copyTo(photoId, out);
        return Response.ok(body, photo.contentType()).header("Content-Length", photo.size())
                .header("Cache-Control", "private, max-age=86400").build();
    }

    @GET
    @Path("{photoId}/thumbnail")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "A small JPEG preview (WebP photos have none: the photo itself is answered)")
    public Response thumbnail(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        byte[] thumbnail = photos.thumbnail(id, photoId);
        if (thumbnail == null) {
            return download(id, photoId);
        }
        return Response.ok(thumbnail, "image/jpeg").header("Cache-Control", "private, max-age=86400").build();
    }

    @DELETE
    @Path("{photoId}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Delete a photo")
    public Response delete(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        photos.delete(id, photoId);
        return Response.noContent().build();
    }

    public record PhotoResponse(UUID id, UUID activityId, String contentType, long size, String fileName, Instant uploadedAt) {
    }
}
