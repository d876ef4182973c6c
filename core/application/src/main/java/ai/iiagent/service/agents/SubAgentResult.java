package ai.iiagent.service.agents;

/** How one sub-agent ended: its final answer, or why it has none. */
record SubAgentResult(String subAgentId, String description, Status status, String text, int turns) {

    /** The wire values of {@code agent.sub_agent.complete}'s {@code status}. */
    enum Status {
        COMPLETED("completed"), FAILED("failed"), CANCELLED("cancelled");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    boolean succeeded() {
        return status == Status.COMPLETED;
    }
}
