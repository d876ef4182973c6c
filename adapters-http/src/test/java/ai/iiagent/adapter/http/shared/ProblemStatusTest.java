package ai.iiagent.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.PaymentRequiredException;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemStatusTest {

    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of(new ValidationException("x"), 400),
                Arguments.of(new AuthenticationRequiredException("x"), 401),
                Arguments.of(new PaymentRequiredException("x"), 402),
                Arguments.of(new AccessDeniedException("x"), 403),
                Arguments.of(new NotFoundException("x"), 404),
                Arguments.of(new ConflictException("x"), 409),
                Arguments.of(new RateLimitedException(ErrorCode.of("slow_down"), "x", Duration.ofSeconds(1)), 429),
                Arguments.of(new UpstreamFailureException("x"), 502),
                Arguments.of(new ServiceUnavailableException("x"), 503));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void givenEachCategory_whenMapped_thenItsHttpStatus(DomainException error, int status) {
        assertThat(ProblemStatus.of(error).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @MethodSource("categories")
    void givenEachCategory_whenMappedToProblem_thenTypeDerivedFromCode(DomainException error, int status) {
        ProblemDetail problem = ProblemDetail.of(status, "t", error.code().value(), "d", "/p", "rid");

        assertThat(problem.type()).endsWith("/" + error.code().value().replace('_', '-'));
        assertThat(problem.code()).isEqualTo(error.code().value());
    }
}
