package ai.iiagent.adapter.media.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Transcripts of OpenAI's Images API (POST /v1/images/generations) as a WireMock server: a success
 * answer in the API's shape (created, data[].b64_json, usage) with a real PNG of the size OpenAI
 * returns, and its error answers (safety refusals, a bad key, a rate limit) as documented.
 */
final class OpenAiImagesStandIn {

    static final String PATH = "/v1/images/generations";

    private OpenAiImagesStandIn() {
    }

    static void picture(WireMockServer server, int width, int height) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {
                          "created": 1713833628,
                          "background": "opaque",
                          "data": [{"b64_json": "%s"}],
                          "output_format": "png",
                          "quality": "medium",
                          "size": "%dx%d",
                          "usage": {"input_tokens": 14, "input_tokens_details": {"image_tokens": 0, "text_tokens": 14},
                                    "output_tokens": 1056, "total_tokens": 1070}
                        }""".formatted(Base64.getEncoder().encodeToString(png(width, height)), width, height))));
    }

    static void moderationBlocked(WireMockServer server) {
        error(server, 400, """
                {
                  "error": {
                    "message": "Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID req_6f1b.",
                    "type": "image_generation_user_error",
                    "param": null,
                    "code": "moderation_blocked"
                  }
                }""");
    }

    static void contentPolicyViolation(WireMockServer server) {
        error(server, 400, """
                {
                  "error": {
                    "code": "content_policy_violation",
                    "message": "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.",
                    "param": null,
                    "type": "invalid_request_error"
                  }
                }""");
    }

    static void invalidKey(WireMockServer server) {
        error(server, 401, """
                {
                  "error": {
                    "message": "Incorrect API key provided: sk-test***********here. You can find your API key at https://platform.openai.com/account/api-keys.",
                    "type": "invalid_request_error",
                    "param": null,
                    "code": "invalid_api_key"
                  }
                }""");
    }

    static void rateLimited(WireMockServer server) {
        error(server, 429, """
                {
                  "error": {
                    "message": "Rate limit reached for gpt-image-1 in organization org-abc on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.",
                    "type": "requests",
                    "param": null,
                    "code": "rate_limit_exceeded"
                  }
                }""");
    }

    private static void error(WireMockServer server, int status, String body) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
