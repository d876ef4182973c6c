package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.Password;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.RegisterLocalAccountUseCase;
import ai.iiagent.port.in.users.RegisterUserCommand;
import ai.iiagent.port.in.users.RegisterUserUseCase;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import ai.iiagent.port.out.auth.PasswordHasherPort;
import ai.iiagent.port.out.tx.UnitOfWork;

/** Local sign-up: validate, admit within the sign-up limits, create the user through the users feature, store the hash, sign in. */
public final class RegisterLocalAccountService implements RegisterLocalAccountUseCase {

    static final String PROVIDER = "local";

    private final boolean registrationEnabled;
    private final RegisterUserUseCase registerUser;
    private final LocalCredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final TokenIssuer tokens;
    private final UnitOfWork unitOfWork;
    private final SignUpThrottle throttle;

    public RegisterLocalAccountService(boolean registrationEnabled, RegisterUserUseCase registerUser,
                                       LocalCredentialRepository credentials, PasswordHasherPort hasher,
                                       TokenIssuer tokens, UnitOfWork unitOfWork, SignUpThrottle throttle) {
        this.registrationEnabled = registrationEnabled;
        this.registerUser = registerUser;
        this.credentials = credentials;
        this.hasher = hasher;
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.throttle = throttle;
    }

    @Override
    public IssuedTokens register(RegisterLocalAccountCommand command) {
        if (!registrationEnabled) {
            throw AuthErrors.registrationDisabled();
        }
        Email email = Email.of(command.email());
        Password password = Password.chosen(command.password());
        PersonName name = new PersonName(command.firstName(), command.lastName());
        // After validation, so a malformed form does not use up the address's allowance; before the hash.
        throttle.admit(command.clientAddress());
        // Hash outside the transaction: it is deliberately slow and needs no database.
        String hash = hasher.hash(password);
        return unitOfWork.inTransaction(() -> {
            User user = registerUser.register(new RegisterUserCommand(email, name, PROVIDER));
            credentials.save(user.id(), hash);
            return tokens.startSession(user);
        });
    }
}
