import * as assert from 'node:assert/strict';
import { bibliographyNamed } from '../../src/core/cite';
import { TARGETS } from '../../src/core/cite/targets';
import { activationEvents, checkedKinds, DOCUMENT_KINDS, filesGlob, KIND_IDS, kindById, kindNames, kindOfDocument, kindOfFile, kindOfFileName, suppressionPattern } from '../../src/core/kinds';
import { languageOfFile } from '../../src/cli/check';

describe('The table of document kinds', () => {
  it('gives each language id and each extension to one kind only', () => {
    const languages = DOCUMENT_KINDS.flatMap((k) => k.languageIds);
    const extensions = DOCUMENT_KINDS.flatMap((k) => k.extensions);
    assert.equal(new Set(languages).size, languages.length);
    assert.equal(new Set(extensions).size, extensions.length);
    for (const ext of extensions) assert.match(ext, /^[a-z0-9]+$/);
  });

  it('names shaping rules that exist, with citation keys where the kind has a processor', () => {
    for (const kind of DOCUMENT_KINDS) {
      const rules = TARGETS[kind.citations.shaping];
      assert.ok(rules, kind.id);
      assert.equal(rules.keys !== undefined, kind.citations.keys !== undefined, kind.id);
    }
  });

  it('writes each kind\'s suppression comment around the mark, in the kind\'s comment syntax', () => {
    for (const kind of DOCUMENT_KINDS) {
      const comment = kind.suppression('cpc-relations-ignore');
      assert.ok(comment.includes('cpc-relations-ignore'), kind.id);
      const { line, block } = kind.mask.comments;
      if (line) assert.ok(comment.startsWith(line.trim()), `${kind.id}: ${comment}`);
      else if (block) assert.ok(comment.startsWith(block[0]) && comment.endsWith(block[1]), `${kind.id}: ${comment}`);
    }
  });

  it('finds each kind\'s suppression comment however it is spaced, but not an escaped opener or a longer mark', () => {
    for (const kind of DOCUMENT_KINDS) {
      const pattern = suppressionPattern(kind, 'cpc-relations-ignore');
      const written = kind.suppression('cpc-relations-ignore');
      assert.match(`text\n${written}\n`, pattern, kind.id);
      assert.match(written.replace(' cpc', '   cpc'), pattern, kind.id);
      assert.doesNotMatch(kind.suppression('cpc-relations-ignored'), pattern, kind.id);
      assert.doesNotMatch(`\\${written}`, pattern, kind.id);
    }
    assert.equal(kindNames(checkedKinds().slice(0, 2)), 'Markdown and Quarto');
  });

  it('knows a file by its extension, in any case, and a path by its last dot only', () => {
    assert.equal(kindOfFileName('essay.qmd')?.id, 'quarto');
    assert.equal(kindOfFileName('C:\\essays\\Essay.Rmd')?.id, 'rmarkdown');
    assert.equal(kindOfFileName('docs/page.mdx')?.id, 'mdx');
    assert.equal(kindOfFileName('thesis/chapter.typ')?.id, 'typst');
    assert.equal(kindOfFileName('notes.org')?.id, 'org');
    assert.equal(kindOfFileName('book.adoc')?.id, 'asciidoc');
    assert.equal(kindOfFileName('a.tex.d/README'), undefined);
    assert.equal(kindOfFileName('archive.tar.gz'), undefined);
    assert.equal(kindOfFile('archive.tar.gz').id, 'plaintext');
  });

  it('knows a document by its language, and by its file name when VS Code opens it as plain text', () => {
    assert.equal(kindOfDocument('quarto')?.id, 'quarto');
    assert.equal(kindOfDocument('rmd')?.id, 'rmarkdown');
    assert.equal(kindOfDocument('tex')?.id, 'latex');
    assert.equal(kindOfDocument('plaintext', '/w/chapter.typ')?.id, 'typst');
    assert.equal(kindOfDocument('plaintext', '/w/notes.txt')?.id, 'plaintext');
    assert.equal(kindOfDocument('plaintext')?.id, 'plaintext');
    assert.equal(kindOfDocument('python', '/w/script.py'), undefined);
    assert.equal(kindOfDocument('python', '/w/notes.org')?.id, 'org');
  });

  it('reads each kind\'s bibliography the way the kind names it', () => {
    const named: Record<string, string> = {
      'front-matter': '---\nbibliography: a.bib\n---\n',
      latex: '\\addbibresource{a.bib}\n',
      typst: '#bibliography("a.bib")\n',
      org: '#+bibliography: a.bib\n',
    };
    for (const kind of DOCUMENT_KINDS) {
      for (const [naming, document] of Object.entries(named)) {
        assert.equal(bibliographyNamed(document, kind.bibliography), naming === kind.bibliography ? 'a.bib' : undefined, `${kind.id} reading ${naming}`);
      }
    }
  });

  it('gives the command line\'s kinds, the checked files and the activation events from its rows', () => {
    assert.deepEqual(KIND_IDS, DOCUMENT_KINDS.map((k) => k.id));
    assert.equal(kindById('quarto')?.name, 'Quarto');
    assert.equal(kindById('docx'), undefined);
    assert.equal(languageOfFile('notes.mdown'), 'markdown');
    assert.equal(languageOfFile('essay.qmd'), 'markdown');
    assert.equal(languageOfFile('style.sty'), 'latex');
    assert.equal(languageOfFile('notes.log'), 'plaintext');
    assert.ok(filesGlob().startsWith('**/*.{md,markdown,'));
    assert.ok(filesGlob().includes(',typ,'));
    assert.ok(activationEvents().includes('onLanguage:quarto'));
    assert.ok(activationEvents().includes('onLanguage:rmd'));
  });
});

describe('Typst and Org documents name their bibliography', () => {
  it('in Typst, by the first file of #bibliography, not in comments or raw text', () => {
    assert.equal(bibliographyNamed('#bibliography("refs.bib", style: "apa")', 'typst'), 'refs.bib');
    assert.equal(bibliographyNamed('#bibliography(("a.yml", "b.bib"))', 'typst'), 'a.yml');
    assert.equal(bibliographyNamed('// #bibliography("old.bib")\n#bibliography("new.bib")', 'typst'), 'new.bib');
    assert.equal(bibliographyNamed('/* #bibliography("old.bib")\n */ #bibliography("new.bib")', 'typst'), 'new.bib');
    assert.equal(bibliographyNamed('```typ\n#bibliography("code.bib")\n```\n`#bibliography("raw.bib")`\n#bibliography("live.bib")', 'typst'), 'live.bib');
    assert.equal(bibliographyNamed('See https://example.org #bibliography("refs.bib")', 'typst'), 'refs.bib');
    assert.equal(bibliographyNamed('\\#bibliography("escaped.bib")', 'typst'), undefined);
    assert.equal(bibliographyNamed('#bibliography("https://example.org/refs.bib")', 'typst'), undefined);
    assert.equal(bibliographyNamed('No bibliography.', 'typst'), undefined);
  });

  it('in Org, by the first #+bibliography: outside source and example blocks', () => {
    assert.equal(bibliographyNamed('#+title: Essay\n#+BIBLIOGRAPHY: refs.bib\n', 'org'), 'refs.bib');
    assert.equal(bibliographyNamed('#+bibliography: "my refs.bib"\n', 'org'), 'my refs.bib');
    assert.equal(bibliographyNamed('#+begin_src org\n#+bibliography: code.bib\n#+end_src\n#+bibliography: live.bib\n', 'org'), 'live.bib');
    assert.equal(bibliographyNamed('# #+bibliography: commented.bib\n', 'org'), undefined);
    assert.equal(bibliographyNamed('#+bibliography:\n', 'org'), undefined);
  });

  it('in time proportional to the document, whatever it holds', () => {
    assert.equal(bibliographyNamed('#bibliography("'.repeat(20_000), 'typst'), '#bibliography(');
    assert.equal(bibliographyNamed('#bibliography("")'.repeat(20_000), 'typst'), undefined);
    for (const hostile of ['#bibliography(', '#bibliography(""', '/*', '`', '```', '//', '\\', '#+begin_src\n', '#+bibliography:\n']) {
      assert.equal(bibliographyNamed(hostile.repeat(20_000), 'typst'), undefined, hostile);
      assert.equal(bibliographyNamed(hostile.repeat(20_000), 'org'), undefined, hostile);
    }
  });
});
