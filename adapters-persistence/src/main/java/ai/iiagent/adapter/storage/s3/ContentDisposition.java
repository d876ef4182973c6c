package ai.iiagent.adapter.storage.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code attachment; filename="a.png"; filename*=UTF-8''a.png} with anything risky replaced in the plain form. */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
