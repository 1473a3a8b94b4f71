interface Props {
  what: string;
  error: Error | null;
  onRetry?: () => void;
}

export function QueryError({ what, error, onRetry }: Props) {
  return (
    <div className="error-box" role="alert">
      <p>
        Could not load {what}: {error?.message ?? "unknown error"}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
