import MSSCore
import Testing

@Suite struct DateSpecDisplayTests {
  @Test(arguments: [
    ("2024-10-03", "3 Oct 2024", "3 Oct 2024"),
    ("2024-10", "Oct 2024", "Oct 2024"),
    ("2024-Q3", "Q3 2024", "Q3 2024"),
    ("2024", "2024", "2024"),
    ("2024-12-06/11", "6\u{2013}11 Dec 2024", "6-11 Dec 2024"),
    ("2024-09-30/2024-10-06", "30 Sep\u{2013}6 Oct 2024", "30 Sep-6 Oct 2024"),
    ("2024-12-30/2025-01-02", "30 Dec 2024\u{2013}2 Jan 2025", "30 Dec 2024-2 Jan 2025"),
    ("2024-03/06", "Mar\u{2013}Jun 2024", "Mar-Jun 2024"),
    ("2024-08/2025-02", "Aug 2024\u{2013}Feb 2025", "Aug 2024-Feb 2025"),
    ("2024-Q3/2024-Q4", "Q3 2024\u{2013}Q4 2024", "Q3 2024-Q4 2024"),
    ("~2024-10", "~Oct 2024", "~Oct 2024"),
  ])
  func precisionShownHonestly(text: String, unicode: String, ascii: String) throws {
    let date = try spec(text)
    #expect(date.display() == unicode)
    #expect(date.display(ascii: true) == ascii)
  }
}
