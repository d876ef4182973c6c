package ai.iiagent.architecture;

/** Package patterns of the hexagon's layers (docs/architecture.md). */
final class Layers {

    static final String BASE = "ai.iiagent";
    static final String DOMAIN = "ai.iiagent.domain..";
    static final String INBOUND_PORTS = "ai.iiagent.port.in..";
    static final String OUTBOUND_PORTS = "ai.iiagent.port.out..";
    static final String SERVICES = "ai.iiagent.service..";
    static final String METERING = "ai.iiagent.service.metering..";
    static final String ADAPTERS = "ai.iiagent.adapter..";
    static final String HTTP = "ai.iiagent.adapter.http..";
    static final String SOCKET = "ai.iiagent.adapter.socket..";
    static final String PERSISTENCE = "ai.iiagent.adapter.persistence..";
    static final String[] OUTSIDE_WORLD = {"ai.iiagent.adapter.security..", "ai.iiagent.adapter.llm..",
            "ai.iiagent.adapter.sandbox..", "ai.iiagent.adapter.tools..", "ai.iiagent.adapter.mcp..", "ai.iiagent.adapter.net..",
            "ai.iiagent.adapter.payments..", "ai.iiagent.adapter.storage..", "ai.iiagent.adapter.documents..",
            "ai.iiagent.adapter.browser..", "ai.iiagent.adapter.media..",
            "ai.iiagent.adapter.integrations..", "ai.iiagent.adapter.jobs.."};
    static final String BOOTSTRAP = "ai.iiagent.bootstrap..";

    static final String CREDIT_RESERVATION = "ai.iiagent.domain.credits.CreditReservation";
    static final String CREDITS_DOMAIN = "ai.iiagent.domain.credits..";
    static final String CREDITS_SERVICES = "ai.iiagent.service.credits..";
    static final String CREDITS_INBOUND_PORTS = "ai.iiagent.port.in.credits";
    static final String CREDITS_OUTBOUND_PORTS = "ai.iiagent.port.out.credits";
    static final String CREDIT_ACCOUNT = "ai.iiagent.domain.credits.CreditAccount";
    static final String NOT_BILLABLE = "ai.iiagent.port.out.NotBillable";

    private Layers() {
    }
}
