package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.ReEncryptSecretsUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.List;

/** The rotation job: finds values sealed by an older key and re-seals them under the current one, batch by batch. */
public final class ReEncryptSecretsService implements ReEncryptSecretsUseCase {

    private final ModelSettingRepository models;
    private final McpSettingRepository mcp;
    private final SecretCipherPort cipher;
    private final McpSealing sealing;
    private final UnitOfWork unitOfWork;

    public ReEncryptSecretsService(ModelSettingRepository models, McpSettingRepository mcp, SecretCipherPort cipher,
                                   UnitOfWork unitOfWork) {
        this.models = models;
        this.mcp = mcp;
        this.cipher = cipher;
        this.sealing = new McpSealing(cipher);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public int reEncrypt(ReEncryptSecretsCommand command) {
        int changed = 0;
        for (List<ModelSetting> batch = stale(command); !batch.isEmpty(); batch = stale(command)) {
            List<ModelSetting> current = batch;
            changed += unitOfWork.inTransaction(() -> {
                current.forEach(setting -> models.save(setting.withApiKey(
                        setting.apiKey().map(key -> cipher.encrypt(cipher.decrypt(key))), setting.updatedAt())));
                return current.size();
            });
        }
        McpSetting last = null;
        for (List<McpSetting> page = mcp.page(null, command.batchSize()); !page.isEmpty();
             page = mcp.page(last.id(), command.batchSize())) {
            for (McpSetting setting : page) {
                if (setting.servers().stream().flatMap(server -> server.secrets().values().stream()).anyMatch(cipher::isStale)) {
                    List<McpServer> fresh = setting.servers().stream().map(sealing::refresh).toList();
                    mcp.save(new McpSetting(setting.id(), setting.owner(), fresh, setting.metadata(), setting.active(),
                            setting.createdAt(), setting.updatedAt()));
                    changed++;
                }
            }
            last = page.get(page.size() - 1);
        }
        return changed;
    }

    private List<ModelSetting> stale(ReEncryptSecretsCommand command) {
        return models.findWithKeyNotSealedBy(cipher.currentKeyId(), command.batchSize());
    }
}
