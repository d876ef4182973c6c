package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.port.in.content.SeedMediaCatalogueUseCase;
import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.port.out.tx.UnitOfWork;

/** Writes the built-in catalogue ({@link MediaCatalogue}) into the stored one, in one transaction. */
public final class SeedMediaCatalogueService implements SeedMediaCatalogueUseCase {

    private final MediaCatalogueRepository repository;
    private final UnitOfWork unitOfWork;

    public SeedMediaCatalogueService(MediaCatalogueRepository repository, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SeededCatalogue seed() {
        return unitOfWork.inTransaction(() -> {
            repository.replaceAll(MediaCatalogue.templates(), MediaCatalogue.tools());
            return new SeededCatalogue((int) repository.countTemplates(null, ""), repository.tools().size());
        });
    }
}
