package ai.iiagent.port.out.settings;

import ai.iiagent.domain.users.UserId;

/** The in-memory fake keeps the MCP setting repository contract. */
class InMemoryMcpSettingRepositoryContractTest extends McpSettingRepositoryContractTest {

    private final InMemoryMcpSettingRepository repository = new InMemoryMcpSettingRepository();

    @Override
    protected McpSettingRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return UserId.random();
    }
}
