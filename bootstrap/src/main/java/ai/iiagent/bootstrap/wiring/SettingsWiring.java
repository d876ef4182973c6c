package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.security.AesGcmSecretCipher;
import ai.iiagent.adapter.security.MasterKey;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.UserSettingsConfig;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.port.in.settings.CreateMcpSettingUseCase;
import ai.iiagent.port.in.settings.CreateModelSettingUseCase;
import ai.iiagent.port.in.settings.DeleteMcpSettingUseCase;
import ai.iiagent.port.in.settings.DeleteModelSettingUseCase;
import ai.iiagent.port.in.settings.DeleteSkillUseCase;
import ai.iiagent.port.in.settings.GetMcpSettingUseCase;
import ai.iiagent.port.in.settings.GetModelSettingUseCase;
import ai.iiagent.port.in.settings.GetSkillUseCase;
import ai.iiagent.port.in.settings.ListMcpSettingsUseCase;
import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.port.in.settings.ListModelSettingsUseCase;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.in.settings.ToggleSkillUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.in.settings.UpdateModelSettingUseCase;
import ai.iiagent.port.in.settings.UploadSkillUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.service.settings.ResolveModelCredentialsService;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.settings.CreateMcpSettingService;
import ai.iiagent.service.settings.CreateModelSettingService;
import ai.iiagent.service.settings.DeleteMcpSettingService;
import ai.iiagent.service.settings.DeleteModelSettingService;
import ai.iiagent.service.settings.DeleteSkillService;
import ai.iiagent.service.settings.GetMcpSettingService;
import ai.iiagent.service.settings.GetModelSettingService;
import ai.iiagent.service.settings.GetSkillService;
import ai.iiagent.service.settings.ListMcpSettingsService;
import ai.iiagent.service.settings.ResolveMcpServersService;
import ai.iiagent.service.settings.ListModelSettingsService;
import ai.iiagent.service.settings.ListSkillsService;
import ai.iiagent.service.settings.ToggleSkillService;
import ai.iiagent.service.settings.UpdateMcpSettingService;
import ai.iiagent.service.settings.UpdateModelSettingService;
import ai.iiagent.service.settings.UploadSkillService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The settings feature: the secrets cipher (master key from config or the data dir) and the settings use cases. Seeding: {@link SettingsStartup}. */
@ApplicationScoped
public class SettingsWiring {

    /** APP_MASTER_KEY when set (a generated key file, if any, stays readable as a previous key); else the key file. */
    @Produces
    @Singleton
    SecretCipherPort secretCipher(AppConfig config) {
        UserSettingsConfig settings = config.userSettings();
        Path file = Path.of(settings.masterKeyFile().filter(value -> !value.isBlank())
                .orElse(config.dataDir() + "/keys/master.key"));
        List<MasterKey> previous = new ArrayList<>(Arrays.stream(settings.masterKeyPrevious().orElse("").split(","))
                .map(String::strip).filter(value -> !value.isEmpty()).map(MasterKey::fromBase64).toList());
        MasterKey current;
        if (settings.masterKey().filter(value -> !value.isBlank()).isPresent()) {
            current = MasterKey.fromBase64(settings.masterKey().get());
            MasterKey.readIfPresent(file).ifPresent(previous::add);
        } else {
            current = MasterKey.loadOrCreate(file);
        }
        return new AesGcmSecretCipher(current, previous);
    }

    @Produces
    @Singleton
    SkillPackageLimits skillPackageLimits(AppConfig config) {
        UserSettingsConfig.Skills skills = config.userSettings().skills();
        return new SkillPackageLimits(skills.maxPackageBytes(), skills.maxEntries(), skills.maxEntryBytes(),
                skills.maxTotalBytes(), skills.maxCompressionRatio());
    }

    @Produces
    @ApplicationScoped
    ListModelSettingsUseCase listModelSettings(ModelSettingRepository models) {
        return new ListModelSettingsService(models);
    }

    @Produces
    @ApplicationScoped
    ResolveModelCredentialsUseCase resolveModelCredentials(ModelSettingRepository models, SecretCipherPort cipher) {
        return new ResolveModelCredentialsService(models, cipher);
    }

    @Produces
    @ApplicationScoped
    GetModelSettingUseCase getModelSetting(ModelSettingRepository models) {
        return new GetModelSettingService(models);
    }

    @Produces
    @ApplicationScoped
    CreateModelSettingUseCase createModelSetting(ModelSettingRepository models, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                                 ClockPort clock, AppConfig config) {
        return new CreateModelSettingService(models, cipher, unitOfWork, clock, config.userSettings().allowPrivateBaseUrls());
    }

    @Produces
    @ApplicationScoped
    UpdateModelSettingUseCase updateModelSetting(ModelSettingRepository models, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                                 ClockPort clock, AppConfig config) {
        return new UpdateModelSettingService(models, cipher, unitOfWork, clock, config.userSettings().allowPrivateBaseUrls());
    }

    @Produces
    @ApplicationScoped
    DeleteModelSettingUseCase deleteModelSetting(ModelSettingRepository models) {
        return new DeleteModelSettingService(models);
    }

    @Produces
    @ApplicationScoped
    ListMcpSettingsUseCase listMcpSettings(McpSettingRepository mcp) {
        return new ListMcpSettingsService(mcp);
    }

    @Produces
    @ApplicationScoped
    ResolveMcpServersUseCase resolveMcpServers(McpSettingRepository mcp, SecretCipherPort cipher) {
        return new ResolveMcpServersService(mcp, cipher);
    }

    @Produces
    @ApplicationScoped
    GetMcpSettingUseCase getMcpSetting(McpSettingRepository mcp) {
        return new GetMcpSettingService(mcp);
    }

    @Produces
    @ApplicationScoped
    CreateMcpSettingUseCase createMcpSetting(McpSettingRepository mcp, SecretCipherPort cipher, ClockPort clock) {
        return new CreateMcpSettingService(mcp, cipher, clock);
    }

    @Produces
    @ApplicationScoped
    UpdateMcpSettingUseCase updateMcpSetting(McpSettingRepository mcp, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                             ClockPort clock) {
        return new UpdateMcpSettingService(mcp, cipher, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    DeleteMcpSettingUseCase deleteMcpSetting(McpSettingRepository mcp) {
        return new DeleteMcpSettingService(mcp);
    }

    @Produces
    @ApplicationScoped
    ListSkillsUseCase listSkills(SkillRepository skills) {
        return new ListSkillsService(skills);
    }

    @Produces
    @ApplicationScoped
    GetSkillUseCase getSkill(SkillRepository skills) {
        return new GetSkillService(skills);
    }

    @Produces
    @ApplicationScoped
    UploadSkillUseCase uploadSkill(SkillRepository skills, UnitOfWork unitOfWork, ClockPort clock, SkillPackageLimits limits) {
        return new UploadSkillService(skills, unitOfWork, clock, limits);
    }

    @Produces
    @ApplicationScoped
    DeleteSkillUseCase deleteSkill(SkillRepository skills) {
        return new DeleteSkillService(skills);
    }

    @Produces
    @ApplicationScoped
    ToggleSkillUseCase toggleSkill(SkillRepository skills, ClockPort clock) {
        return new ToggleSkillService(skills, clock);
    }
}
