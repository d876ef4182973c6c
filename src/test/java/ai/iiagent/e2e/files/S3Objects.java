package ai.iiagent.e2e.files;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful S3 bucket inside WireMock, answering PutObject, HeadObject, GetObject (with Range)
 * and DeleteObject the way S3 does on the wire: ETag, Content-Length, Content-Range, 206/416,
 * and {@code NoSuchKey} XML errors.
 */
final class S3Objects implements ResponseDefinitionTransformerV2 {

    record StoredBlob(byte[] bytes, String contentType, String etag) {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    final Map<String, StoredBlob> objects = new ConcurrentHashMap<>();
    private final String bucketPrefix;

    S3Objects(String bucket) {
        this.bucketPrefix = "/" + bucket + "/";
    }

    @Override
    public String getName() {
        return "s3-objects";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        if (!path.startsWith(bucketPrefix)) {
            return event.getResponseDefinition();
        }
        String key = java.net.URLDecoder.decode(path.substring(bucketPrefix.length()), java.nio.charset.StandardCharsets.UTF_8);
        return switch (request.getMethod().getName()) {
            case "PUT" -> put(key, request);
            case "HEAD" -> head(key);
            case "GET" -> get(key, request.getHeader("Range"));
            case "DELETE" -> {
                objects.remove(key);
                yield new ResponseDefinition(204, "");
            }
            default -> new ResponseDefinition(405, "");
        };
    }

    private ResponseDefinition put(String key, Request request) {
        byte[] body = request.getBody();
        String etag = "\"" + md5(body) + "\"";
        String type = request.containsHeader("Content-Type") ? request.getHeader("Content-Type") : "binary/octet-stream";
        objects.put(key, new StoredBlob(body, type, etag));
        return response(200, new byte[0], List.of(new HttpHeader("ETag", etag)));
    }

    private ResponseDefinition head(String key) {
        StoredBlob blob = objects.get(key);
        if (blob == null) {
            return response(404, new byte[0], List.of());
        }
        return response(200, null, objectHeaders(blob, blob.bytes().length));
    }

    private ResponseDefinition get(String key, String range) {
        StoredBlob blob = objects.get(key);
        if (blob == null) {
            return response(404, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
                    + "<Message>The specified key does not exist.</Message><Key>" + key + "</Key>"
                    + "<RequestId>standin</RequestId></Error>").getBytes(), List.of(new HttpHeader("Content-Type", "application/xml")));
        }
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (matcher == null || !matcher.matches()) {
            return response(200, blob.bytes(), objectHeaders(blob, blob.bytes().length));
        }
        int total = blob.bytes().length;
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2).isEmpty() ? total - 1 : Math.min(Integer.parseInt(matcher.group(2)), total - 1);
        if (first >= total) {
            return response(416, "<Error><Code>InvalidRange</Code></Error>".getBytes(), List.of());
        }
        byte[] part = Arrays.copyOfRange(blob.bytes(), first, last + 1);
        List<HttpHeader> headers = new ArrayList<>(objectHeaders(blob, part.length));
        headers.add(new HttpHeader("Content-Range", "bytes " + first + "-" + last + "/" + total));
        return response(206, part, headers);
    }

    private static List<HttpHeader> objectHeaders(StoredBlob blob, int length) {
        return List.of(new HttpHeader("Content-Type", blob.contentType()), new HttpHeader("ETag", blob.etag()),
                new HttpHeader("Content-Length", String.valueOf(length)), new HttpHeader("Accept-Ranges", "bytes"),
                new HttpHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))),
                new HttpHeader("x-amz-request-id", "standin"));
    }

    private static ResponseDefinition response(int status, byte[] body, List<HttpHeader> headers) {
        var builder = com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status).withHeaders(new HttpHeaders(headers));
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
