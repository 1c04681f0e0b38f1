/** A list of problems, each with its place (row and column, or file line). */
export function Problems({
  title,
  problems,
}: {
  title: string;
  problems: { where: string; message: string }[];
}) {
  if (!problems.length) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>{title}</strong> ({problems.length} จุด)
      </p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their order
          <li key={i}>
            <span class="where">{p.where}</span>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p>…และอีก {problems.length - 50} จุด</p>}
    </div>
  );
}
