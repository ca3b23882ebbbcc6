import MSSCore
import Testing

@Suite struct QualifierTests {
  @Test(arguments: [
    (Qualifier.exact, "", ""), (.about, "~", "~"), (.atLeast, "\u{2265}", ">="), (.over, ">", ">"),
    (.nearly, "\u{2272}", "<~"), (.under, "<", "<"), (.atMost, "\u{2264}", "<="),
  ])
  func symbols(qualifier: Qualifier, unicode: String, ascii: String) {
    #expect(qualifier.symbol(ascii: false) == unicode)
    #expect(qualifier.symbol(ascii: true) == ascii)
    #expect(qualifier.symbol(ascii: true).allSatisfy { $0.isASCII })
  }

  @Test func wordsAsASentenceSaysThem() {
    #expect(
      Qualifier.allCases.map(\.words) == [
        "", "about", "at least", "over", "nearly", "under", "at most",
      ])
  }

  @Test func datasetSpellings() {
    #expect(
      Qualifier.allCases.map(\.rawValue) == [
        "exact", "about", "at_least", "over", "nearly", "under", "at_most",
      ])
  }

  @Test func onlyExactIsNotApproximate() {
    #expect(Qualifier.allCases.filter { !$0.isApproximate } == [.exact])
  }
}
