package ai.iiagent.port.in.auth;

/** Sign-in attempt; failures are limited per e-mail and address and per address across e-mails. */
public record LogInLocallyCommand(String email, String password, String clientAddress) {

    @Override
    public String toString() {
        return "LogInLocallyCommand[email=" + email + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
