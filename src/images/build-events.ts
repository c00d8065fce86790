// What building an image has to say, as typed events: the first judge of a language
// builds its image (a minute or so), and the user should see why the wait happens.

export type ImageBuildEvent =
  | { type: 'image-build-start'; image: string; language: string }
  | { type: 'image-build-progress'; image: string; line: string }
  | { type: 'image-build-done'; image: string; durationMs: number };

export type ImageBuildSink = (event: ImageBuildEvent) => void;
