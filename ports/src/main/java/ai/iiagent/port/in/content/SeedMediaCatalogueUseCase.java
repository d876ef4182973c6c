package ai.iiagent.port.in.content;

/** Stores the built-in media catalogues (templates and mini-tools) as rows; run at start-up. */
public interface SeedMediaCatalogueUseCase {

    /** @return how many templates and tools are stored after seeding */
    SeededCatalogue seed();

    /** What the catalogues hold after seeding. */
    record SeededCatalogue(int templates, int tools) {
    }
}
