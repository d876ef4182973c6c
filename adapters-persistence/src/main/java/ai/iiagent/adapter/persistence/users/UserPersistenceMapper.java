package ai.iiagent.adapter.persistence.users;

import ai.iiagent.adapter.persistence.PersistenceMapperConfig;
import ai.iiagent.adapter.persistence.SharedIdMappings;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.Language;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.domain.users.UserSnapshot;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;

/** Converts between the {@link User} aggregate (through its snapshot) and {@link UserEntity}. */
@Mapper(config = PersistenceMapperConfig.class)
public interface UserPersistenceMapper extends SharedIdMappings {

    UserSnapshot toSnapshot(UserEntity entity);

    void copyInto(UserSnapshot snapshot, @MappingTarget UserEntity entity);

    default User toDomain(UserEntity entity) {
        return User.rehydrate(toSnapshot(entity));
    }

    default String fromEmail(Email email) {
        return email.value();
    }

    default Email toEmail(String email) {
        return Email.of(email);
    }

    default String fromRole(UserRole role) {
        return role.code();
    }

    default UserRole toRole(String role) {
        return UserRole.fromCode(role);
    }

    default String fromLanguage(Language language) {
        return language.code();
    }

    default Language toLanguage(String language) {
        return Language.fromCode(language);
    }
}
