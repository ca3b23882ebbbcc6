import MSSCore

/// A dataset whose names and titles are built to break layouts: CJK (two columns a character),
/// emoji and flags, combining accents, and control sequences that must never reach a terminal.
enum HostileDataset {
  static let yaml = """
    schema: 1
    id: hostile
    title: "東京 📺 Ça\u{0301}va\u{0301} \\e[31mred\\e[0m \\u202Eevil"
    mission: "国際安全保障支援ミッション 🇭🇹 (MSS)"
    lead: JP
    as_of: 2024-10-11
    sources:
      - id: s1
        publisher: "新聞社 📰"
        title: "記事 \\e]52;c;ZXZpbA==\\a title"
        date: 2024-10-11
        url: "https://example.org/\\e[2J"
    totals:
      pledged:
        - value: about 2,900
          date: 2024-10-11
          source: s1
          quote: "約 2,900 人 👮🏽‍♀️"
      deployed:
        - value: about 430
          date: 2024-10-11
          source: s1
          quote: "約 430 人"
    contributors:
      - id: JP
        name: "日本国 🇯🇵 Nippon"
        deployed:
          - value: nearly 400
            date: 2024-10-11
            source: s1
            quote: "ほぼ 400"
        pledged:
          - value: 1000
            date: 2024-10-11
            source: s1
            quote: "千人"
      - id: CI
        name: "Co\u{0302}te d\u{2019}Ivoire e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}"
        deployed:
          - value: 12
            date: 2024-10-11
            source: s1
            quote: "douze"
      - id: EM
        name: "👮👮👮👮👮👮👮👮👮👮👮👮"
        pledged:
          - value: 50
            date: 2024-10-11
            source: s1
            quote: "五十"
    metrics:
      - id: m1
        name: "避難民 🏠 déplacé\u{0301}s"
        short: "避難民"
        observations:
          - value: over 700,000
            date: 2024-10-11
            source: s1
            quote: "七十万人以上"
          - value: 690,000
            date: 2024-10-11
            source: s1
            quote: "六十九万人"
    events:
      - id: e1
        date: 2024-10-03
        title: "漢字のタイトル 🔥🔥🔥 \\e[1mbold\\e[0m ümlaut\u{0308} and a long tail of words"
        category: violence
        source: s1
        quote: "事件"
      - id: e2
        date: 2024-11
        title: "\\u202Ereversed\\u202C 🇭🇹🇭🇹🇭🇹 future"
        category: deployment
        source: s1
        quote: "予定"
    """

  static func load() -> Dataset? {
    let loader = DatasetLoader(file: "hostile.yaml") { _ in nil }
    return try? loader.load(text: yaml, origin: "hostile.yaml").get().dataset
  }
}

extension HostileDataset {
  /// The loader's complaint, for a test that fails to load it.
  static var problem: String? {
    let loader = DatasetLoader(file: "hostile.yaml") { _ in nil }
    if case .failure(let diagnostic) = loader.load(text: yaml, origin: "hostile.yaml") {
      return diagnostic.description
    }
    return nil
  }
}
