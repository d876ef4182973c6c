package ai.iiagent.adapter.persistence.auth;

import ai.iiagent.adapter.persistence.PersistenceMapperConfig;
import ai.iiagent.adapter.persistence.SharedIdMappings;
import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.auth.TokenFamilyId;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Refresh tokens and API keys between records and rows. */
@Mapper(config = PersistenceMapperConfig.class)
public interface AuthPersistenceMapper extends SharedIdMappings {

    RefreshToken toDomain(RefreshTokenEntity row);

    RefreshTokenEntity toRow(RefreshToken token);

    ApiKey toDomain(ApiKeyEntity row);

    ApiKeyEntity toRow(ApiKey key);

    default UUID fromRefreshTokenId(RefreshTokenId id) {
        return id.value();
    }

    default RefreshTokenId toRefreshTokenId(UUID id) {
        return new RefreshTokenId(id);
    }

    default UUID fromFamilyId(TokenFamilyId id) {
        return id.value();
    }

    default TokenFamilyId toFamilyId(UUID id) {
        return new TokenFamilyId(id);
    }

    default UUID fromApiKeyId(ApiKeyId id) {
        return id.value();
    }

    default ApiKeyId toApiKeyId(UUID id) {
        return new ApiKeyId(id);
    }
}
