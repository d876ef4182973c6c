package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.port.in.auth.LogOutCommand;
import ai.iiagent.port.in.auth.LogOutUseCase;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import ai.iiagent.port.out.auth.TokenCodecPort;
import ai.iiagent.port.out.clock.ClockPort;

/** Ends a sign-in by revoking its refresh token family; logging out twice is harmless. */
public final class LogOutService implements LogOutUseCase {

    private final TokenCodecPort codec;
    private final RefreshTokenRepository refreshTokens;
    private final ClockPort clock;

    public LogOutService(TokenCodecPort codec, RefreshTokenRepository refreshTokens, ClockPort clock) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        RefreshTokenId id = codec.decodeRefresh(command.refreshToken());
        refreshTokens.findById(id).ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.now()));
    }
}
