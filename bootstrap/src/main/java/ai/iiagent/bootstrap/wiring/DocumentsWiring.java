package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.documents.LibraryDocumentTextAdapter;
import ai.iiagent.port.out.documents.DocumentTextPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Document text extraction (attachments, {@code Read}, {@code web_visit} on PDFs): one stateless adapter. */
@ApplicationScoped
public class DocumentsWiring {

    @Produces
    @Singleton
    DocumentTextPort documentText() {
        return new LibraryDocumentTextAdapter();
    }
}
