package ai.iiagent.adapter.http.auth;

import ai.iiagent.adapter.http.HttpMapperConfig;
import ai.iiagent.adapter.http.auth.AuthResponses.ApiKeyResponse;
import ai.iiagent.adapter.http.auth.AuthResponses.CreatedApiKeyResponse;
import ai.iiagent.adapter.http.auth.AuthResponses.TokenResponse;
import ai.iiagent.adapter.http.auth.AuthResponses.UserPublicResponse;
import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.Language;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.domain.users.UserSnapshot;
import ai.iiagent.port.in.auth.CreatedApiKey;
import ai.iiagent.port.in.auth.IssuedTokens;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain identity types to wire records. */
@Mapper(config = HttpMapperConfig.class)
public interface AuthHttpMapper {

    @Mapping(target = "tokenType", constant = "bearer")
    @Mapping(target = "expiresIn", source = "expiresInSeconds")
    TokenResponse toResponse(IssuedTokens tokens);

    default UserPublicResponse toResponse(User user) {
        return toResponse(user.snapshot());
    }

    @Mapping(target = "avatar", source = "avatarUrl")
    @Mapping(target = "subscriptionStatus", ignore = true)
    @Mapping(target = "subscriptionPlan", ignore = true)
    @Mapping(target = "subscriptionBillingCycle", ignore = true)
    @Mapping(target = "subscriptionCurrentPeriodEnd", ignore = true)
    UserPublicResponse toResponse(UserSnapshot user);

    ApiKeyResponse toResponse(ApiKey key);

    @Mapping(target = "id", source = "key.id")
    @Mapping(target = "name", source = "key.name")
    @Mapping(target = "prefix", source = "key.prefix")
    @Mapping(target = "createdAt", source = "key.createdAt")
    @Mapping(target = "key", source = "secret")
    CreatedApiKeyResponse toResponse(CreatedApiKey created);

    default UUID fromApiKeyId(ApiKeyId id) {
        return id.value();
    }

    default UUID fromUserId(UserId id) {
        return id.value();
    }

    default String fromEmail(Email email) {
        return email.value();
    }

    default String fromRole(UserRole role) {
        return role.code();
    }

    default String fromLanguage(Language language) {
        return language.code();
    }
}
