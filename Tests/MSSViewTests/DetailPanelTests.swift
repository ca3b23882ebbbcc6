import MSSCore
import Testing

@testable import MSSView

@Suite struct DetailPanelTests {
  func document(_ model: AppModel, width: Int = 70) -> DetailDocument {
    DetailDocument(item: model.detailSubject, model: model, width: width)
  }

  func text(_ document: DetailDocument) -> String {
    document.lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
  }

  @Test func citesSourceDateQuoteAndFile() throws {
    var model = try #require(Fixtures.model(.seed))
    model.open(.contributor("KE"))
    let body = text(document(model))
    #expect(body.contains("Deployed  \u{2272}400  nearly 400"))
    #expect(body.contains("\u{201C}nearly 400 of them from Kenya\u{201D}"))
    #expect(body.contains("Reuters, 11 Oct 2024"))
    #expect(body.contains("file 000_b47f0ab57ea92bef.txt"))
    #expect(body.contains("Pledged  not reported"))
  }

  @Test func localArticleIsShownWithTheQuoteMarked() throws {
    var model = try #require(Fixtures.model(.seed))
    model.open(.metric("gran-grif-killed"))
    let doc = document(model)
    #expect(text(doc).contains("the article, quoted passages marked"))
    let marked = doc.lines.flatMap(\.spans).filter { $0.role == .highlight }.map(\.text).joined(
      separator: " ")
    #expect(marked.contains("killing at least 115 people in a farming region"))
    #expect(
      doc.lines.contains { $0.spans.first?.text.hasPrefix(Glyphs.unicode.eighths[4]) == true })
  }

  @Test func eventQuoteIsMarkedInTheArticle() throws {
    var model = try #require(Fixtures.model(.seed))
    model.open(.event("gran-grif-attack"))
    let marked = document(model).lines.flatMap(\.spans).filter { $0.role == .highlight }
    #expect(marked.map(\.text).joined(separator: " ").contains("Gran Grif gang carried out"))
  }

  @Test func conflictsListTheOtherValueWithItsSource() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    model.open(.metric("gran-grif-killed"))
    let body = text(document(model))
    #expect(body.contains("Sources disagree"))
    #expect(body.contains("\u{2265}70"))
    #expect(body.contains("OHCHR"))
  }

  @Test func arrivalsThatDisagreeAreNamed() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    model.open(.contributor("KE"))
    let body = text(document(model))
    #expect(body.contains("Arrivals"))
    #expect(body.contains("Sources disagree on the arrival of 25"))
    #expect(body.contains("200 (Kenyan Post)") || body.contains("400 (AlterPresse"))
  }

  @Test func eventsGiveTheirDateAndTheSourcesWords() throws {
    var model = try #require(Fixtures.model(.seed))
    model.open(.event("kenya-600-due"))
    let body = text(document(model))
    #expect(body.contains("Nov 2024 (\u{201C}next month\u{201D} in the source)"))
    #expect(body.contains("still to come"))
  }

  @Test func urlsAreShownForWebSources() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    model.open(.metric("displaced"))
    #expect(text(document(model)).contains("newsghana"))
  }

  @Test func noSubjectSaysHowToGetThere() {
    let empty = Dataset(
      id: "e", title: "E", mission: "M", sources: [], contributors: [], origin: "t")
    let model = AppModel(dataset: empty, asOf: Fixtures.articleDay, today: Fixtures.today)
    let body = text(DetailDocument(item: nil, model: model, width: 70))
    #expect(body.contains("Nothing to show"))
    #expect(body.contains("press Enter"))
  }
}

@Suite struct ArticleParagraphsTests {
  /// Found in bytes, the paragraphs are the ones `split(separator: "\n")` gives, blank ones
  /// left out.
  @Test func paragraphsAreTheLinesWithText() {
    for text in [
      "", "\n", "one", "one\ntwo", "\n\none\n  \n two \n\n", "a\r\nb", " \u{0301}\nx", "’\n“",
    ] {
      let expected = text.split(separator: "\n").filter { !$0.allSatisfy { $0 == " " } }
      #expect(DetailDocument.paragraphs(text) == expected, "\(text.debugDescription)")
    }
  }
}

@Suite struct ArticleMarksTests {
  @Test func longQuotesAreFound() {
    let paragraph =
      "Heavily-armed gangs have continued to gain territory. Last week, members of the Gran Grif gang carried out one of the country\u{2019}s deadliest attacks in recent years, killing at least 115 people in a farming region, according to a local mayor."
    let quote =
      "deadliest attacks in recent years, killing at least 115 people in a farming region, according to a local mayor."
    let spans = ArticleMarks.spans(paragraph, quotes: [quote])
    #expect(spans.map(\.role) == [.text, .highlight])
    #expect(spans.last?.text == quote)
  }

  @Test func overlappingAndRepeatedQuotesStayInOrder() {
    let spans = ArticleMarks.spans("a b a b", quotes: ["a", "a b"])
    #expect(spans.map(\.text).joined() == "a b a b")
    #expect(ArticleMarks.occurrences(of: "b", in: "a b a b").count == 2)
    #expect(ArticleMarks.occurrences(of: "", in: "abc").isEmpty)
  }

  /// Quotes match across any run of white space, and a paragraph without a quote's first word
  /// is passed over unmarked.
  @Test func whiteSpaceRunsMatchAndOtherParagraphsStayPlain() {
    let quote = ArticleMarks.Quote("at least\n115  people")
    let spans = ArticleMarks.spans("killing at\u{00A0}least 115 people.", quotes: [quote])
    #expect(spans.map(\.role) == [.text, .highlight, .text])
    #expect(spans[1].text == "at\u{00A0}least 115 people")
    #expect(!quote.mayOccur(in: "nothing to see"))
    #expect(ArticleMarks.spans("nothing to see", quotes: [quote]) == [Span("nothing to see")])
  }
}
