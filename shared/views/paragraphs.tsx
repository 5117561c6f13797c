/** A text from a definition as paragraphs: blank lines separate them, single line breaks are kept. */
export function Paragraphs({ text, class: className }: { text: string; class?: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p class={className} key={i}>
          {paragraph.split(/\r?\n/).map((line, j) => (
            <>
              {j > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
