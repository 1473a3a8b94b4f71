import Link from "next/link";
import { kindColour } from "@/lib/palette";
import { ChartFrame, type ChartStatus } from "./chart-frame";

export interface RankedActor {
  id: string;
  name: string;
  kind: string;
  count: number;
}

interface Props {
  title: string;
  status: ChartStatus;
  error?: string | null;
  onRetry?: () => void;
  actors: readonly RankedActor[];
  /** What the count counts, for labels: "accusations made". */
  unit: string;
}

/** A ranked bar list in plain HTML: no chart library needed, so it costs the overview nothing. */
export function TopActorsChart({ title, status, error, onRetry, actors, unit }: Props) {
  const max = Math.max(1, ...actors.map((actor) => actor.count));
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">{unit}</th>
        </tr>
      </thead>
      <tbody>
        {actors.map((actor) => (
          <tr key={actor.id}>
            <td>{actor.name}</td>
            <td>{actor.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={title}
      description={`Bar length: ${unit}; colour: kind of actor.`}
      status={status}
      error={error}
      onRetry={onRetry}
      table={table}
    >
      <ol className="bars">
        {actors.map((actor) => (
          <li key={actor.id} title={`${actor.name}: ${actor.count} ${unit}`}>
            <Link href={`/actors/${encodeURIComponent(actor.id)}`}>{actor.name}</Link>
            <span className="bar-track" aria-hidden="true">
              <span
                className="bar"
                style={{ width: `${(100 * actor.count) / max}%`, background: kindColour(actor.kind) }}
              />
            </span>
            <span className="bar-value">{actor.count}</span>
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
