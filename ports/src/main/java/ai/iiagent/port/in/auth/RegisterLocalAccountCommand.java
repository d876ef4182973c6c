package ai.iiagent.port.in.auth;

/**
 * Sign-up form as received, and the client address the sign-up limits count it under; the service
 * validates every field.
 */
public record RegisterLocalAccountCommand(String email, String password, String firstName, String lastName,
                                          String clientAddress) {

    @Override
    public String toString() {
        return "RegisterLocalAccountCommand[email=" + email + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
