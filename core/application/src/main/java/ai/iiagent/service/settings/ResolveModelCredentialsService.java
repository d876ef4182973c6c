package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.port.in.settings.ModelCredentials;
import ai.iiagent.port.in.settings.ResolveModelCredentialsQuery;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.ModelSettingRepository;

/** Same visibility as reading a setting; decrypts the key only here, for the call. */
public final class ResolveModelCredentialsService implements ResolveModelCredentialsUseCase {

    private final ModelSettingAccess access;
    private final SecretCipherPort cipher;

    public ResolveModelCredentialsService(ModelSettingRepository repository, SecretCipherPort cipher) {
        this.access = new ModelSettingAccess(repository);
        this.cipher = cipher;
    }

    @Override
    public ModelCredentials resolve(ResolveModelCredentialsQuery query) {
        ModelSetting setting = access.visible(query.caller(), query.id());
        boolean own = setting.owner().isPresent();
        return new ModelCredentials(setting.provider().code(), setting.modelId(), setting.displayName(),
                setting.baseUrl().map(BaseUrl::value), setting.apiKey().map(cipher::decryptText), setting.pricing(),
                own, setting.provider() == ModelProvider.OFFLINE);
    }
}
