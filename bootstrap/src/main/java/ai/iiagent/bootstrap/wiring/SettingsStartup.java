package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.ModelConfigs;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.settings.ReEncryptReport;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.ReEncryptSecretsUseCase;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsCommand;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsUseCase;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.in.settings.SeedSystemModelsCommand;
import ai.iiagent.port.in.settings.SeedSystemModelsUseCase;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.settings.ReEncryptSecretsService;
import ai.iiagent.service.settings.SeedBuiltinSkillsService;
import ai.iiagent.service.settings.SeedSystemModelsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** Settings work of the start-up sequence (phase SEEDING, non-fatal as in the original): system models, built-in skills, re-encryption. */
@ApplicationScoped
public class SettingsStartup {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    @Produces
    @ApplicationScoped
    SeedSystemModelsUseCase seedSystemModels(ModelSettingRepository models, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                             ClockPort clock) {
        return new SeedSystemModelsService(models, cipher, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    SeedBuiltinSkillsUseCase seedBuiltinSkills(SkillRepository skills, UnitOfWork unitOfWork, ClockPort clock) {
        return new SeedBuiltinSkillsService(skills, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    ReEncryptSecretsUseCase reEncryptSecrets(ModelSettingRepository models, McpSettingRepository mcp, SecretCipherPort cipher,
                                             UnitOfWork unitOfWork) {
        return new ReEncryptSecretsService(models, mcp, cipher, unitOfWork);
    }

    /**
     * MODEL_CONFIGS and MODEL_CONFIGS_FILE are read first, and a bad one stops the start-up with a
     * message naming it (a server that silently lost its models would run on the offline model);
     * seeding them into the database stays optional like the original's.
     */
    @Produces
    @Singleton
    StartupContribution systemModelConfiguration(AppConfig config) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SEEDING;
            }

            @Override
            public String name() {
                return "system model configuration";
            }

            @Override
            public int order() {
                return -10;
            }

            @Override
            public boolean required() {
                return true;
            }

            @Override
            public void start() {
                List<SystemModelDefinition> models = systemModels(config);
                LOG.infof("system model configuration: %d model(s)", models.size());
            }
        };
    }

    @Produces
    @Singleton
    StartupContribution systemModelSeeding(SeedSystemModelsUseCase seed, AppConfig config) {
        return contribution("system models", 0, () -> {
            SeedReport report = seed.seed(new SeedSystemModelsCommand(systemModels(config)));
            LOG.infof("system models: %s", report);
        });
    }

    /** The system models of MODEL_CONFIGS (JSON) and MODEL_CONFIGS_FILE (YAML) together. */
    static List<SystemModelDefinition> systemModels(AppConfig config) {
        return ModelConfigs.combine(ModelConfigs.parse(config.userSettings().modelConfigs().orElse("")),
                config.userSettings().modelConfigsFile().filter(file -> !file.isBlank())
                        .map(file -> ModelConfigs.parseFile(Path.of(file))).orElse(List.of()));
    }

    @Produces
    @Singleton
    StartupContribution builtinSkillSeeding(SeedBuiltinSkillsUseCase seed) {
        return contribution("built-in skills", 0, () -> LOG.infof("built-in skills: %s",
                seed.seed(new SeedBuiltinSkillsCommand(BuiltinSkills.documents()))));
    }

    @Produces
    @Singleton
    StartupContribution secretReEncryption(ReEncryptSecretsUseCase reEncrypt, AppConfig config) {
        return contribution("secret re-encryption", 10, () -> {
            if (config.userSettings().reEncryptOnStart()) {
                ReEncryptReport report = reEncrypt.reEncrypt(new ReEncryptSecretsCommand(100));
                LOG.infof("secret re-encryption: %d row(s) re-sealed under the current key", report.resealed());
                if (report.unreadable() > 0) {
                    LOG.warnf("secret re-encryption: %d row(s) sealed by a key that neither APP_MASTER_KEY nor"
                            + " APP_MASTER_KEY_PREVIOUS holds; they stay as they are and answer secret_unreadable"
                            + " when used (docs/operations.md#rotating-the-master-key)", report.unreadable());
                }
            }
        });
    }

    private static StartupContribution contribution(String name, int order, Runnable work) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SEEDING;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public void start() {
                work.run();
            }
        };
    }
}
