interface Props {
  items: { label: string; colour: string; shape?: "circle" | "square" }[];
}

export function LegendSwatches({ items }: Props) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={`swatch${item.shape === "circle" ? " swatch-circle" : ""}`}
            style={{ background: item.colour }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
