package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import ai.iiagent.port.out.auth.TokenCodecPort;
import ai.iiagent.port.out.clock.ClockPort;
import java.time.Instant;

/** Issues the token pair for a user: a fresh access token plus a stored refresh token. */
public final class TokenIssuer {

    private final TokenCodecPort codec;
    private final RefreshTokenRepository refreshTokens;
    private final TokenLifetimes lifetimes;
    private final ClockPort clock;

    public TokenIssuer(TokenCodecPort codec, RefreshTokenRepository refreshTokens, TokenLifetimes lifetimes,
                       ClockPort clock) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /** A new sign-in: starts a token family. */
    IssuedTokens startSession(User user) {
        Instant now = clock.now();
        return issue(user, RefreshToken.startFamily(user.id(), now, lifetimes.refresh()), now);
    }

    /** A rotation: the successor of an exchanged refresh token, same family. */
    IssuedTokens continueSession(User user, RefreshToken exchanged) {
        Instant now = clock.now();
        return issue(user, exchanged.successor(now, lifetimes.refresh()), now);
    }

    private IssuedTokens issue(User user, RefreshToken refresh, Instant now) {
        refreshTokens.save(refresh);
        String access = codec.encodeAccess(new AccessGrant(user.id(), user.email(), user.role(), now,
                now.plus(lifetimes.access())));
        return new IssuedTokens(access, codec.encodeRefresh(refresh), lifetimes.access().toSeconds(), user);
    }
}
