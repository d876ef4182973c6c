package ai.iiagent.port.in.auth;

/** Ends a sign-in: revokes the refresh token's whole family. Access tokens already issued expire on their own (15 minutes). */
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
