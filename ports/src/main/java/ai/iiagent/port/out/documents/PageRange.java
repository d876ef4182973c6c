package ai.iiagent.port.out.documents;

/**
 * Pages of a document, 1-based and inclusive ({@code 3..5} is pages three, four and five). A range
 * past the document's end is cut to the pages it has.
 */
public record PageRange(int first, int last) {

    /** Every page. */
    public static final PageRange ALL = new PageRange(1, Integer.MAX_VALUE);

    public PageRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("pages run from 1 and the last is not before the first: " + first + ".." + last);
        }
    }

    /** Whether the range starts inside a document of {@code pageCount} pages. */
    public boolean startsWithin(int pageCount) {
        return first <= pageCount;
    }

    /** The last page of the range that a document of {@code pageCount} pages has. */
    public int lastWithin(int pageCount) {
        return Math.min(last, pageCount);
    }
}
