package ai.iiagent.domain.users;

import java.time.Instant;
import java.util.Objects;

/** A person with an account. Deactivation is the only deletion (ledger rows keep pointing here). */
public final class User {

    private final UserSnapshot state;

    private User(UserSnapshot state) {
        this.state = state;
    }

    /** A new account, active, in English until the person says otherwise. */
    public static User register(UserId id, Email email, PersonName name, UserRole role, String loginProvider,
                                Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(loginProvider, "loginProvider");
        Objects.requireNonNull(now, "now");
        return new User(new UserSnapshot(id, email, name.first(), name.last(), null, role, Language.EN, true,
                loginProvider, now, now));
    }

    /** Reconstitutes a stored user; only the persistence mapper calls this. */
    public static User rehydrate(UserSnapshot snapshot) {
        return new User(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** The same account speaking another interface language. */
    public User withLanguage(Language language, Instant now) {
        Objects.requireNonNull(language, "language");
        return new User(new UserSnapshot(state.id(), state.email(), state.firstName(), state.lastName(),
                state.avatarUrl(), state.role(), language, state.active(), state.loginProvider(), state.createdAt(), now));
    }

    /** Deactivated accounts keep their rows (ledger, sessions) but can no longer sign in or use tokens. */
    public User deactivated(Instant now) {
        return new User(new UserSnapshot(state.id(), state.email(), state.firstName(), state.lastName(),
                state.avatarUrl(), state.role(), state.language(), false, state.loginProvider(), state.createdAt(), now));
    }

    public String avatarUrl() {
        return state.avatarUrl();
    }

    public String loginProvider() {
        return state.loginProvider();
    }

    public UserSnapshot snapshot() {
        return state;
    }

    public UserId id() {
        return state.id();
    }

    public Email email() {
        return state.email();
    }

    public PersonName name() {
        return new PersonName(state.firstName(), state.lastName());
    }

    public UserRole role() {
        return state.role();
    }

    public Language language() {
        return state.language();
    }

    public boolean isActive() {
        return state.active();
    }

    public boolean isAdmin() {
        return state.role() == UserRole.ADMIN;
    }

    public Instant createdAt() {
        return state.createdAt();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && state.id().equals(that.state.id());
    }

    @Override
    public int hashCode() {
        return state.id().hashCode();
    }

    @Override
    public String toString() {
        return "User[" + state.id() + "]";
    }
}
