// Placeholder until the page is built.
export default function ChannelsPage() {
  return null;
}
