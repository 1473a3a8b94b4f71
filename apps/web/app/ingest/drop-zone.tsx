"use client";

import { useState } from "react";
import { ACCEPTED_FILES } from "@/lib/ingest-input";

interface Props {
  onFile: (file: File) => void;
}

/** Drop a file here, or pick one. */
export function DropZone({ onFile }: Props) {
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside does the same from the keyboard
    <div
      className={`dropzone${over ? " is-over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p>Drop a .txt, .html, .json or .jsonl file here, or</p>
      <label>
        choose a file{" "}
        <input
          type="file"
          accept={ACCEPTED_FILES}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = "";
          }}
        />
      </label>
    </div>
  );
}
