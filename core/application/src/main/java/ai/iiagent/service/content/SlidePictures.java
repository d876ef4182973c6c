package ai.iiagent.service.content;

import ai.iiagent.domain.content.ImageSlideHtml;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.SourceImage;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The picture of an image slide: a slide of type {@code image} whose HTML shows one picture embedded
 * as a {@code data:} URL (as {@code SlideGenerate} writes it). Reads it out and puts a new one in its
 * place, leaving the rest of the slide's HTML as it was.
 */
final class SlidePictures {

    private static final Pattern PICTURE = ImageSlideHtml.PICTURE;

    private SlidePictures() {
    }

    /** The slide's picture, or {@code not_an_image_slide}. */
    static SourceImage of(Slide slide) {
        if (!ImageSlideHtml.TYPE.equals(slide.type())) {
            throw new ValidationException(SlideErrors.NOT_AN_IMAGE_SLIDE, "slide " + slide.slideNumber()
                    + " is an HTML slide; only image slides (type image) have a picture to edit");
        }
        Matcher picture = PICTURE.matcher(slide.html());
        if (!picture.find()) {
            throw new ValidationException(SlideErrors.NOT_AN_IMAGE_SLIDE, "slide " + slide.slideNumber()
                    + " has no embedded picture (an <img> with a data: URL)");
        }
        try {
            return new SourceImage(Base64.getMimeDecoder().decode(picture.group(3)), picture.group(2).toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(SlideErrors.NOT_AN_IMAGE_SLIDE, "slide " + slide.slideNumber()
                    + "'s picture is not valid base64");
        }
    }

    static String dataUrl(GeneratedImage image) {
        return "data:" + image.contentType() + ";base64," + Base64.getEncoder().encodeToString(image.content());
    }

    /** The slide's HTML with its picture replaced by {@code image}. */
    static String withPicture(Slide slide, GeneratedImage image) {
        Matcher picture = PICTURE.matcher(slide.html());
        if (!picture.find()) {
            throw new ValidationException(SlideErrors.NOT_AN_IMAGE_SLIDE, "slide " + slide.slideNumber()
                    + " has no embedded picture");
        }
        return slide.html().substring(0, picture.start()) + picture.group(1) + dataUrl(image) + picture.group(4)
                + slide.html().substring(picture.end());
    }
}
