package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.RefreshTokensCommand;
import ai.iiagent.port.in.auth.RefreshTokensUseCase;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import ai.iiagent.port.out.auth.TokenCodecPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.users.UserRepository;

/** Refresh-token rotation with reuse detection (OAuth 2.0 Security BCP, section 4.14). */
public final class RefreshTokensService implements RefreshTokensUseCase {

    private final TokenCodecPort codec;
    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final TokenIssuer tokens;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public RefreshTokensService(TokenCodecPort codec, RefreshTokenRepository refreshTokens, UserRepository users,
                                TokenIssuer tokens, UnitOfWork unitOfWork, ClockPort clock) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public IssuedTokens refresh(RefreshTokensCommand command) {
        RefreshTokenId id = codec.decodeRefresh(command.refreshToken());
        RefreshToken token = refreshTokens.findById(id).orElseThrow(() -> AuthErrors.invalidToken("unknown refresh token"));
        switch (token.checkExchange(clock.now())) {
            case REVOKED -> throw AuthErrors.invalidToken("this sign-in was ended");
            case EXPIRED -> throw AuthErrors.expired();
            case REUSED -> throw revokeFamilyBecauseOfReuse(token);
            case ALLOWED -> { }
        }
        User user = users.findById(token.userId()).filter(User::isActive)
                .orElseThrow(() -> AuthErrors.invalidToken("account is not active"));
        IssuedTokens issued = unitOfWork.inTransaction(() -> {
            // The conditional update decides races: a concurrent exchange of the same token loses here.
            if (!refreshTokens.markUsed(token.id(), clock.now())) {
                return null;
            }
            return tokens.continueSession(user, token);
        });
        if (issued == null) {
            throw revokeFamilyBecauseOfReuse(token);
        }
        return issued;
    }

    private RuntimeException revokeFamilyBecauseOfReuse(RefreshToken token) {
        refreshTokens.revokeFamily(token.familyId(), clock.now());
        return AuthErrors.refreshTokenReused();
    }
}
