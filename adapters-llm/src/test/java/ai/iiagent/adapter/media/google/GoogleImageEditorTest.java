package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.media.MediaStandIns;
import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditStep;
import ai.iiagent.port.out.media.ImageRegion;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageEditRequest;
import ai.iiagent.port.out.media.ImageEditingPaidToolPortContractTest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.SourceImage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Google picture editor's wire on WireMock: an edit sends the picture as inlineData and the
 * instructions (regions in words) to gemini-2.5-flash-image asking for an IMAGE; a detection asks
 * gemini-2.5-flash for JSON under a schema and reads the components from the answer's text, clipping
 * boxes to the picture and dropping ones without area; refusals and error answers as Google's.
 */
class GoogleImageEditorTest {

    private static final String KEY = "AIzaSyTestKey0123456789";
    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SourceImage slide = ImageEditingPaidToolPortContractTest.slidePicture();
    private GoogleImageEditor google;

    @BeforeEach
    void start() {
        server.start();
        google = new GoogleImageEditor(new ObjectMapper(), MediaStandIns.base(server) + "/", KEY, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAnEdit_thenThePictureAndTheInstructionsGoToTheImageModel_andTheEditedPictureComesBack() {
        GoogleStandIn.geminiPicture(server, 1344, 768);

        GeneratedImage edited = google.edit(new ImageEditRequest(slide, List.of(
                new ImageEditStep(ImageEditStep.Kind.REPLACE_TEXT, new ImageRegion(6, 8, 63, 14), "Q3 results"),
                new ImageEditStep(ImageEditStep.Kind.REMOVE_BACKGROUND, null, ""))), null);

        assertThat(edited.model()).isEqualTo("gemini-2.5-flash-image");
        assertThat(edited.width()).isEqualTo(1344);
        String picture = Base64.getEncoder().encodeToString(slide.content());
        server.verify(postRequestedFor(urlEqualTo(GoogleStandIn.generateContent("gemini-2.5-flash-image")))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withRequestBody(matchingJsonPath("$.contents[0].parts[0].inlineData.mimeType", equalTo("image/png")))
                .withRequestBody(matchingJsonPath("$.contents[0].parts[0].inlineData.data", equalTo(picture)))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseModalities[0]", equalTo("IMAGE")))
                .withRequestBody(matchingJsonPath("$.contents[0].parts[1].text", equalTo("Edit this slide image. Keep"
                        + " everything not mentioned exactly as it is, with the same layout, style and size.\n"
                        + "1. Replace the text in the area from 6% to 69% of the width and 8% to 22% of the height with"
                        + " \"Q3 results\", keeping its font, colour and alignment.\n"
                        + "2. Remove the background so only the main subject stays, on a transparent (or plain white)"
                        + " background."))));
    }

    @Test
    void givenADetection_thenGeminiAnswersJsonUnderTheSchema_andBoxesAreClippedToThePicture() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash"), 200, "google/gemini-detect.json");

        List<ImageComponent> found = google.detect(slide, null);

        assertThat(found).extracting(ImageComponent::label).containsExactly("Slide title", "Red square", "Off the edge");
        assertThat(found.get(0).text()).isEqualTo("Quarterly review");
        assertThat(found.get(0).type()).isEqualTo("title");
        assertThat(found.get(1).text()).isNull();
        assertThat(found.get(2).box()).isEqualTo(new ImageRegion(90, 90, 10, 10));
        assertThat(found.get(2).confidence()).isEqualTo(1.0);
        server.verify(postRequestedFor(urlEqualTo(GoogleStandIn.generateContent("gemini-2.5-flash")))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseMimeType", equalTo("application/json")))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.properties.components.type",
                        equalTo("ARRAY")))
                .withRequestBody(matchingJsonPath("$.contents[0].parts[1].text", equalTo(GeminiEditPrompts.DETECT))));
    }

    @Test
    void givenRefusalsAndErrors_thenTheyAreReportedAsGooglesWithoutTheKey() {
        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 200,
                "google/gemini-prompt-blocked.json");
        assertEditFails(Kind.CONTENT_POLICY, "Google blocked the prompt (PROHIBITED_CONTENT)");

        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash-image"), 400,
                "google/error-invalid-key.json");
        assertEditFails(Kind.PROVIDER_ERROR, "HTTP 400 INVALID_ARGUMENT: API key not valid");

        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash"), 429, "google/error-quota.json");
        assertThatThrownBy(() -> google.detect(slide, null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("RESOURCE_EXHAUSTED").doesNotContain(KEY);
                });

        GoogleStandIn.answer(server, GoogleStandIn.generateContent("gemini-2.5-flash"), 200,
                "google/gemini-detect-prose.json");
        assertThatThrownBy(() -> google.detect(slide, null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.getMessage()).startsWith("Google's detection answer is not JSON"));
        assertThat(new GoogleImageEditor(new ObjectMapper(), MediaStandIns.base(server), "", Duration.ofSeconds(1))
                .availability().reason()).isEqualTo("no Google API key is configured");
    }

    private void assertEditFails(Kind kind, String message) {
        assertThatThrownBy(() -> google.edit(new ImageEditRequest(slide, List.of(new ImageEditStep(
                ImageEditStep.Kind.MODIFY, null, "make it blue"))), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain(KEY);
                });
    }
}
