package ai.iiagent.port.in.settings;

/** What a seeding run changed. */
public record SeedReport(int inserted, int updated, int unchanged, int removed) {

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && removed == 0;
    }
}
