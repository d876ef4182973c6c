package ai.iiagent.adapter.persistence.users;

import ai.iiagent.adapter.persistence.ConstraintViolations;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.users.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** {@link UserRepository} on PostgreSQL through Panache. Joins the caller's transaction when there is one. */
@ApplicationScoped
public class UserPersistenceAdapter implements UserRepository {

    private static final String EMAIL_UNIQUE = "uq_users_email";

    private final UserPanacheRepository rows;
    private final UserPersistenceMapper mapper;

    public UserPersistenceAdapter(UserPanacheRepository rows, UserPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Optional<User> findById(UserId id) {
        return rows.findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public Optional<User> findByEmail(Email email) {
        return rows.findByEmail(email.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public void save(User user) {
        UserEntity entity = rows.findByIdOptional(user.id().value()).orElseGet(UserEntity::new);
        mapper.copyInto(user.snapshot(), entity);
        try {
            rows.persistAndFlush(entity);
        } catch (ConstraintViolationException e) {
            // Flush surfaces the unique index, which also catches two concurrent registrations.
            if (ConstraintViolations.isNamed(e, EMAIL_UNIQUE)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public boolean existsAny() {
        return rows.existsAny();
    }
}
