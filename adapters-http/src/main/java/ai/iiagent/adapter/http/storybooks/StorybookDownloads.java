package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.adapter.http.shared.ExportEventStream;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.storybooks.ExportStorybookUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Storybook downloads: a PDF (book or page), a PNG (one page) or a ZIP of PNGs, as a file or as server-sent events
 * ({@code progress} {@code {done, total, percent}} after each page, then {@code complete} with the file in base64,
 * or {@code error} {@code {code, message}}), like the slide exports.
 */
final class StorybookDownloads {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String ZIP = "application/zip";
    static final BiConsumer<Integer, Integer> NO_PROGRESS = (done, total) -> { };

    private StorybookDownloads() {
    }

    record File(byte[] bytes, String contentType, String name) {
    }

    static File pdf(ExportStorybookUseCase exports, Identity caller, StorybookId id, Integer page,
                    BiConsumer<Integer, Integer> progress) {
        return new File(exports.pdf(caller, id, page, progress), PDF, name(id, page, "pdf"));
    }

    static File png(ExportStorybookUseCase exports, Identity caller, StorybookId id, int page) {
        return new File(exports.pngs(caller, id, page, StorybookDownloads.NO_PROGRESS).getFirst(), PNG,
                name(id, page, "png"));
    }

    static File zip(ExportStorybookUseCase exports, Identity caller, StorybookId id,
                    BiConsumer<Integer, Integer> progress) {
        List<byte[]> pictures = exports.pngs(caller, id, null, progress);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < pictures.size(); i++) {
                zip.putNextEntry(new ZipEntry(String.format("page-%03d.png", i + 1)));
                zip.write(pictures.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(out.toByteArray(), ZIP, name(id, null, "zip"));
    }

    static Response response(File file) {
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The server-sent events of a download with progress (see {@link ExportEventStream}). */
    static Multi<OutboundSseEvent> stream(Function<BiConsumer<Integer, Integer>, File> export, Sse sse,
                                          ObjectMapper json) {
        return ExportEventStream.of(progress -> {
            File file = export.apply(progress);
            return new ExportEventStream.Result(file.bytes(), file.name(), file.contentType(), Map.of());
        }, sse, json);
    }

    private static String name(StorybookId id, Integer page, String extension) {
        String base = "storybook-" + id.value().toString().substring(0, 8);
        return base + (page == null ? "" : "-page-" + page) + "." + extension;
    }
}
