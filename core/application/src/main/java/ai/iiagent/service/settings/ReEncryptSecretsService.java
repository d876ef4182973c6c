package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.shared.SecretUnreadableException;
import ai.iiagent.port.in.settings.ReEncryptReport;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.ReEncryptSecretsUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * The rotation job: finds values sealed by an older key and re-seals them under the current one,
 * batch by batch. A row no configured key opens is counted and left as it is.
 */
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
    public ReEncryptReport reEncrypt(ReEncryptSecretsCommand command) {
        int[] counts = new int[2];
        resealModelKeys(command.batchSize(), counts);
        resealMcpSecrets(command.batchSize(), counts);
        return new ReEncryptReport(counts[0], counts[1]);
    }

    private void resealModelKeys(int batchSize, int[] counts) {
        String current = cipher.currentKeyId();
        ModelSettingId after = null;
        for (List<ModelSetting> batch = models.findWithKeyNotSealedBy(current, null, batchSize); !batch.isEmpty();
             batch = models.findWithKeyNotSealedBy(current, after, batchSize)) {
            List<ModelSetting> fresh = new ArrayList<>();
            for (ModelSetting setting : batch) {
                try {
                    fresh.add(setting.withApiKey(setting.apiKey().map(key -> cipher.encrypt(cipher.decrypt(key))),
                            setting.updatedAt()));
                } catch (SecretUnreadableException e) {
                    counts[1]++;
                }
            }
            counts[0] += unitOfWork.inTransaction(() -> {
                fresh.forEach(models::save);
                return fresh.size();
            });
            after = batch.getLast().id();
        }
    }

    private void resealMcpSecrets(int batchSize, int[] counts) {
        McpSetting last = null;
        for (List<McpSetting> page = mcp.page(null, batchSize); !page.isEmpty(); page = mcp.page(last.id(), batchSize)) {
            for (McpSetting setting : page) {
                if (setting.servers().stream().flatMap(server -> server.secrets().values().stream()).anyMatch(cipher::isStale)) {
                    try {
                        List<McpServer> fresh = setting.servers().stream().map(sealing::refresh).toList();
                        mcp.save(new McpSetting(setting.id(), setting.owner(), fresh, setting.metadata(), setting.active(),
                                setting.createdAt(), setting.updatedAt()));
                        counts[0]++;
                    } catch (SecretUnreadableException e) {
                        counts[1]++;
                    }
                }
            }
            last = page.getLast();
        }
    }
}
