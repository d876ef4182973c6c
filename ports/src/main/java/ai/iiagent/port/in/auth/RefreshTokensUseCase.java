package ai.iiagent.port.in.auth;

/** Exchanges a refresh token for a new pair. Each refresh token works once; presenting a used one revokes its whole family (theft detection). */
public interface RefreshTokensUseCase {

    IssuedTokens refresh(RefreshTokensCommand command);
}
