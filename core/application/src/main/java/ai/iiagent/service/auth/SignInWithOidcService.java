package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.SignInWithOidcCommand;
import ai.iiagent.port.in.auth.SignInWithOidcUseCase;
import ai.iiagent.port.in.users.RegisterUserCommand;
import ai.iiagent.port.in.users.RegisterUserUseCase;
import ai.iiagent.port.out.users.UserRepository;

/** Find-or-create by verified e-mail (a new account within the sign-up limits), then the usual token pair. */
public final class SignInWithOidcService implements SignInWithOidcUseCase {

    private final UserRepository users;
    private final RegisterUserUseCase registerUser;
    private final TokenIssuer tokens;
    private final SignUpThrottle throttle;

    public SignInWithOidcService(UserRepository users, RegisterUserUseCase registerUser, TokenIssuer tokens,
                                 SignUpThrottle throttle) {
        this.users = users;
        this.registerUser = registerUser;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    public IssuedTokens signIn(SignInWithOidcCommand command) {
        if (command.email() == null || !command.emailVerified()) {
            throw new AccessDeniedException(AuthErrors.EMAIL_NOT_VERIFIED,
                    "the identity provider did not confirm an e-mail address for this account");
        }
        Email email = Email.of(command.email());
        User user = users.findByEmail(email).orElseGet(() -> register(command, email));
        if (!user.isActive()) {
            throw AuthErrors.invalidToken("account is not active");
        }
        return tokens.startSession(user);
    }

    private User register(SignInWithOidcCommand command, Email email) {
        // A new account hands out free credits like a local sign-up, so it counts against the same limits.
        throttle.admit(command.clientAddress());
        return registerUser.register(new RegisterUserCommand(email,
                new PersonName(command.firstName(), command.lastName()), command.provider()));
    }
}
