package ai.iiagent.port.in.auth;

/** Sign-in attempt; {@code clientAddress} keys the throttle together with the e-mail. */
public record LogInLocallyCommand(String email, String password, String clientAddress) {

    @Override
    public String toString() {
        return "LogInLocallyCommand[email=" + email + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
