package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.in.content.ListMediaModelsUseCase;
import ai.iiagent.port.in.content.MediaModelView;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaModel;
import java.util.ArrayList;
import java.util.List;

/** The configured models of one media category with their availability and price per unit. */
public final class ListMediaModelsService implements ListMediaModelsUseCase {

    private final MediaGeneratorSet generators;
    private final MediaPriceTable prices;

    public ListMediaModelsService(MediaGeneratorSet generators, MediaPriceTable prices) {
        this.generators = generators;
        this.prices = prices;
    }

    @Override
    public List<MediaModelView> list(MediaCategory category) {
        List<MediaModelView> views = new ArrayList<>();
        switch (category) {
            case IMAGE -> generators.images().forEach(generator -> add(views, generator.models(),
                    generator.availability(), MediaPrice.Unit.IMAGE));
            case VIDEO -> generators.videos().forEach(generator -> add(views, generator.models(),
                    generator.availability(), MediaPrice.Unit.VIDEO_SECOND));
            case AUDIO -> generators.speech().forEach(generator -> add(views, generator.models(),
                    generator.availability(), MediaPrice.Unit.CHARACTER));
        }
        return List.copyOf(views);
    }

    private void add(List<MediaModelView> views, List<MediaModel> models, MediaAvailability availability,
                     MediaPrice.Unit unit) {
        for (MediaModel model : models) {
            views.add(new MediaModelView(model.id(), model.provider(), model.displayName(), model.offline(),
                    availability.available(), availability.available() ? null : availability.reason(),
                    prices.priceFor(model.provider(), model.id(), unit)));
        }
    }
}
